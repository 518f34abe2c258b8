import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi, IPC_CHANNEL, preloadOnlyCalls, type CallName } from '../../src/contract';
import type { DroppedFilesApi } from '../../src/contract/attachmentCalls';

// The renderer gets exactly one object, window.bibob, with one function per contract call and nothing else:
// no ipcRenderer, no channel names of its own choosing.
const invoke = (name: CallName, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input);
// Calls the renderer may not make itself (see preloadOnlyCalls) are left out of what it gets.
const api = buildApi(invoke, { omit: preloadOnlyCalls });

// One helper beside the contract calls, on the same object: drag and drop of files needs their paths, which only
// the preload can learn (webUtils; File.path no longer exists). The paths go straight to `bijlagen.importPaths`,
// where main validates them; the renderer never sees them and cannot name a path itself.
const importDropped: DroppedFilesApi['importDropped'] = (input) =>
  invoke('bijlagen.importPaths', {
    dossierId: input.dossierId,
    paden: Array.from(input.bestanden, (file) => webUtils.getPathForFile(file)),
  }) as ReturnType<DroppedFilesApi['importDropped']>;

contextBridge.exposeInMainWorld('bibob', { ...api, bijlagen: { ...api.bijlagen, importDropped } });
