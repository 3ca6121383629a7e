import { useEffect, useRef, useState } from 'react'
import { Alert, Modal } from 'antd'
import { brand } from '../../../../lib/colors'
import { useI18n } from '../../../../lib/i18n'
import type { UploadValue } from '../renovation-labels'

/** The photo as a card needs it: 480 px wide is plenty for 85.6 × 54 mm and keeps the upload small. */
const PHOTO_WIDTH = 480

type CameraState = { kind: 'starting' } | { kind: 'live' } | { kind: 'refused' } | { kind: 'none' }

/** Why the camera did not start, in the counter's words: refused by the user or the app, or no camera at all. */
function stateOf(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : ''
  return name === 'NotAllowedError' || name === 'SecurityError' ? { kind: 'refused' } : { kind: 'none' }
}

/** The video's current frame as a JPEG, base64 without the data: prefix. */
function frameOf(video: HTMLVideoElement): string | null {
  if (!video.videoWidth) return null
  const canvas = document.createElement('canvas')
  canvas.width = PHOTO_WIDTH
  canvas.height = Math.round((video.videoHeight / video.videoWidth) * PHOTO_WIDTH)
  const context = canvas.getContext('2d')
  if (!context) return null
  context.drawImage(video, 0, 0, canvas.width, canvas.height)
  return canvas.toDataURL('image/jpeg', 0.85).replace(/^data:image\/jpeg;base64,/, '')
}

/**
 * 拍照: the PC camera (video only) in a small dialog; 拍照 takes the frame as a JPEG. When the camera
 * is refused or there is none, it says so; the file choice in the form stays.
 */
export function CameraCapture({ onPhoto, onClose }: { onPhoto: (photo: UploadValue) => void; onClose: () => void }) {
  const { t } = useI18n()
  const video = useRef<HTMLVideoElement>(null)
  const [state, setState] = useState<CameraState>({ kind: 'starting' })

  useEffect(() => {
    let stream: MediaStream | null = null
    let stopped = false
    const devices = navigator.mediaDevices
    if (!devices?.getUserMedia) {
      setState({ kind: 'none' })
      return
    }
    devices
      .getUserMedia({ video: { width: { ideal: 1280 } }, audio: false })
      .then((s) => {
        if (stopped) return s.getTracks().forEach((track) => track.stop())
        stream = s
        if (video.current) {
          video.current.srcObject = s
          void video.current.play().catch(() => undefined)
        }
        setState({ kind: 'live' })
      })
      .catch((error: unknown) => setState(stateOf(error)))
    // The camera's light goes off as soon as the dialog closes.
    return () => {
      stopped = true
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [])

  function take() {
    const data = video.current ? frameOf(video.current) : null
    if (!data) return
    onPhoto({ fileName: 'photo.jpg', mime: 'image/jpeg', dataBase64: data })
    onClose()
  }

  return (
    <Modal
      open
      width={560}
      title={t('renovationParts.camera.title')}
      okText={t('renovationParts.camera.take')}
      cancelText={t('common.cancel')}
      onOk={take}
      onCancel={onClose}
      okButtonProps={{ disabled: state.kind !== 'live', ...({ 'data-testid': 'worker-camera-take' } as object) }}
      destroyOnHidden
      data-testid="worker-camera"
    >
      {(state.kind === 'refused' || state.kind === 'none') && (
        <Alert
          type="warning"
          showIcon
          title={t(state.kind === 'refused' ? 'renovationParts.camera.refused' : 'renovationParts.camera.none')}
          description={t('renovationParts.camera.useFile')}
          data-testid="worker-camera-problem"
        />
      )}
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', background: brand.navy, display: state.kind === 'live' ? 'block' : 'none' }}
      />
    </Modal>
  )
}
