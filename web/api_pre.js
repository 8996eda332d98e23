// taipan.js begins here (--extern-pre-js): what the loader below and web/api.js share at the
// top level of the ES module.

// Under Node (tests, tools), Emscripten's loader uses require() and __dirname, which an ES
// module does not have; in a browser this does nothing.
const taipanNode = typeof process == 'object' && process.versions && process.versions.node;
const require = taipanNode ? (await import('module')).createRequire(import.meta.url) : undefined;
const __dirname = taipanNode ? decodeURIComponent(new URL('.', import.meta.url).pathname) : undefined;

// A Python exception seen from JavaScript: `type` ("ZeroDivisionError"), `pythonMessage`
// (str of the exception) and `traceback` (as Python prints it); `message` is the traceback,
// so that an uncaught one shows in the console the way Python would show it.
export class PythonError extends Error {
  constructor(type, pythonMessage, traceback) {
    super((traceback || `${type}: ${pythonMessage}`).replace(/\n$/, ''));
    this.name = 'PythonError';
    this.type = type;
    this.pythonMessage = pythonMessage;
    this.traceback = traceback;
  }
}
