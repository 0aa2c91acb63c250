import { Injectable } from '@angular/core';

/**
 * A short two-tone beep made with the Web Audio API (no audio file to load). Browsers start audio
 * only after the page had a user gesture; a staff member who signed in has given one.
 */
@Injectable({ providedIn: 'root' })
export class AlertSound {
  private context: AudioContext | undefined;

  beep(): void {
    const Context = globalThis.AudioContext;
    if (!Context) return;
    try {
      this.context ??= new Context();
      const context = this.context;
      if (context.state === 'suspended') void context.resume();
      const start = context.currentTime;
      const gain = context.createGain();
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      gain.connect(context.destination);
      [880, 660].forEach((frequency, index) => {
        const tone = context.createOscillator();
        tone.type = 'sine';
        tone.frequency.value = frequency;
        tone.connect(gain);
        tone.start(start + index * 0.3);
        tone.stop(start + index * 0.3 + 0.28);
      });
    } catch {
      // No sound: the banner still shows.
    }
  }
}
