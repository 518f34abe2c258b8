import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, IPC_CHANNEL } from '../../src/contract';

// The renderer gets exactly one object, window.bibob, with one function per contract call and nothing else:
// no ipcRenderer, no channel names of its own choosing.
contextBridge.exposeInMainWorld(
  'bibob',
  buildApi((name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input)),
);
