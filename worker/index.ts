// The Web Worker entry: exposes the API object over comlink and nothing else.
import { expose } from 'comlink';
import { api } from './api';

expose(api);
