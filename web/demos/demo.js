// What every demo page does: load Taipan, run the page's bundle (app.tpb, packed from
// main.py at build time), show stdout/stderr in the page, and wire the Stop button.
// Python's output also goes to the console; a Python exception shows there with its
// traceback (console.error), and the page stays alive.
import { Taipan } from '../../taipan.js';

export async function runDemo() {
  const log = document.getElementById('log');
  const stop = document.getElementById('stop');
  const write = (line) => { log.textContent += line + '\n'; };
  const vm = await Taipan.load({
    stdout: (line) => { write(line); console.log(line); },
    stderr: (line) => { write(line); console.error(line); },
    input: (prompt) => window.prompt(prompt),
  });
  stop.onclick = () => vm.interrupt();
  window.taipanVM = vm;
  document.body.dataset.state = 'running';
  try {
    const bundle = await (await fetch('app.tpb')).arrayBuffer();
    const status = await vm.runBundle(bundle);
    write(`[exit status ${status}]`);
    document.body.dataset.state = `exited ${status}`;
  } catch (e) {
    console.error(e);
    document.body.dataset.state = 'failed';
  }
  stop.disabled = true;
}
