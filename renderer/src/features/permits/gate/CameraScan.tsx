import { useEffect, useRef, useState } from 'react'
import { Alert, Modal } from 'antd'
import jsQR from 'jsqr'
import { useI18n } from '../../../lib/i18n'

type CameraState = 'starting' | 'scanning' | 'refused' | 'missing'

/**
 * 摄像头扫码: the camera's frames decoded with jsQR until a code is read; its text goes into the
 * same check as the scanner's. A refused or missing camera says so instead of a black box.
 */
export function CameraScan({ onScan, onClose }: { onScan: (text: string) => void; onClose: () => void }) {
  const { t } = useI18n()
  const video = useRef<HTMLVideoElement>(null)
  const [state, setState] = useState<CameraState>('starting')
  const scanned = useRef(onScan)
  scanned.current = onScan

  useEffect(() => {
    let stream: MediaStream | null = null
    let frame = 0
    let stopped = false
    const canvas = document.createElement('canvas')
    function decode() {
      const v = video.current
      if (stopped || !v) return
      if (v.readyState >= v.HAVE_CURRENT_DATA && v.videoWidth > 0) {
        canvas.width = v.videoWidth
        canvas.height = v.videoHeight
        const g = canvas.getContext('2d', { willReadFrequently: true })
        g?.drawImage(v, 0, 0)
        const image = g?.getImageData(0, 0, canvas.width, canvas.height)
        const code = image ? jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' }) : null
        if (code?.data) {
          stopped = true
          scanned.current(code.data)
          return
        }
      }
      frame = requestAnimationFrame(decode)
    }
    async function start() {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera', 'NotFoundError')
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
        if (stopped || !video.current) return
        video.current.srcObject = stream
        await video.current.play()
        setState('scanning')
        decode()
      } catch (error) {
        if (stopped) return
        const refused = error instanceof DOMException && ['NotAllowedError', 'SecurityError'].includes(error.name)
        setState(refused ? 'refused' : 'missing')
      }
    }
    void start()
    return () => {
      stopped = true
      cancelAnimationFrame(frame)
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [])

  return (
    <Modal
      open
      title={t('gateScreen.camera')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      data-testid="gate-camera"
    >
      {state === 'refused' && (
        <Alert type="error" showIcon title={t('gateScreen.cameraRefused')} data-testid="gate-camera-refused" />
      )}
      {state === 'missing' && (
        <Alert type="warning" showIcon title={t('gateScreen.cameraMissing')} data-testid="gate-camera-missing" />
      )}
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', display: state === 'scanning' ? 'block' : 'none' }}
        data-testid="gate-camera-video"
      />
    </Modal>
  )
}
