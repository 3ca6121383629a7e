import type { GateVerdict } from '@shared/permits/gate-verdict'

/**
 * A beep per verdict from the Web Audio API (no sound files to ship): one high tone when the
 * paper is valid, two low ones for anything else, so the guard hears the answer without looking.
 */

let context: AudioContext | null = null

function tone(audio: AudioContext, frequency: number, startsIn: number, seconds: number) {
  const oscillator = audio.createOscillator()
  const gain = audio.createGain()
  oscillator.type = 'square'
  oscillator.frequency.value = frequency
  const start = audio.currentTime + startsIn
  gain.gain.setValueAtTime(0.15, start)
  gain.gain.exponentialRampToValueAtTime(0.001, start + seconds)
  oscillator.connect(gain).connect(audio.destination)
  oscillator.start(start)
  oscillator.stop(start + seconds)
}

export function beepFor(verdict: GateVerdict): void {
  try {
    context ??= new AudioContext()
    if (context.state === 'suspended') void context.resume()
    if (verdict === 'valid') tone(context, 1320, 0, 0.25)
    else {
      tone(context, 330, 0, 0.18)
      tone(context, 330, 0.26, 0.18)
    }
  } catch {
    // A browser without audio still shows the verdict; the beep is a courtesy.
  }
}
