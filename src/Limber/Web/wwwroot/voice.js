// Spoken cues (the browser's own speech synthesis) and short tones (Web Audio), each with its own switch, and the
// tones with their own volume so they sit over the user's music. Settings live in this browser (see /settings).
export const defaults = { voiceOn: true, voiceURI: '', rate: 1, tonesOn: true, volume: 0.6 };

export function loadSettings() {
  return { ...defaults, ...JSON.parse(localStorage.getItem('limber-voice') || '{}') };
}

export function saveSettings(settings) { localStorage.setItem('limber-voice', JSON.stringify(settings)); }

// Start, switch and end each sound different: a rising pair, two quick notes, a falling pair.
const tones = { start: [660, 880], switch: [880, 880], end: [660, 440] };

export class Voice {
  constructor() { this.audio = null; }

  // Browsers allow sound only after a tap; the player calls this from its start button.
  unlock() {
    if (!this.audio && 'AudioContext' in window) this.audio = new AudioContext();
    this.audio?.resume?.();
  }

  say(text) {
    const s = loadSettings();
    if (!s.voiceOn || !('speechSynthesis' in window) || !text) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = s.rate;
    const chosen = speechSynthesis.getVoices().find((v) => v.voiceURI === s.voiceURI);
    if (chosen) utterance.voice = chosen;
    speechSynthesis.speak(utterance);
  }

  tone(kind) {
    const s = loadSettings();
    if (!s.tonesOn || !this.audio || !tones[kind]) return;
    const at = this.audio.currentTime;
    tones[kind].forEach((frequency, i) => {
      const oscillator = this.audio.createOscillator();
      const gain = this.audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, at + i * 0.16);
      gain.gain.linearRampToValueAtTime(s.volume, at + i * 0.16 + 0.01);
      gain.gain.linearRampToValueAtTime(0, at + i * 0.16 + 0.14);
      oscillator.connect(gain).connect(this.audio.destination);
      oscillator.start(at + i * 0.16);
      oscillator.stop(at + i * 0.16 + 0.15);
    });
  }
}
