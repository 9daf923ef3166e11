// The player's voice and tones, kept in this browser.
import { loadSettings, saveSettings, Voice } from './voice.js';

const $ = (name) => document.getElementById(name);
const settings = loadSettings();
$('voice-on').checked = settings.voiceOn;
$('rate').value = String(settings.rate);
$('tones-on').checked = settings.tonesOn;
$('volume').value = String(settings.volume);

function listVoices() {
  const voices = 'speechSynthesis' in window ? speechSynthesis.getVoices() : [];
  const select = $('voice');
  select.replaceChildren(new Option("the browser's default", ''), ...voices.map((v) => new Option(`${v.name} (${v.lang})`, v.voiceURI, false, v.voiceURI === settings.voiceURI)));
}

function store() {
  saveSettings({ voiceOn: $('voice-on').checked, voiceURI: $('voice').value, rate: Number($('rate').value), tonesOn: $('tones-on').checked, volume: Number($('volume').value) });
}

listVoices();
if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', listVoices);
for (const name of ['voice-on', 'voice', 'rate', 'tones-on', 'volume']) $(name).addEventListener('change', store);
const voice = new Voice();
$('try-voice').addEventListener('click', () => { store(); voice.unlock(); voice.tone('start'); voice.say('Left side. Hold for thirty seconds.'); });
