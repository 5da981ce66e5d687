import type { ScriptDetail, ScriptSummary } from '../../../../shared/api/scripts';
import { type ApiResult, api } from './http';

/** The user's saved scripts. */
export function listScripts(): Promise<ApiResult<{ scripts: ScriptSummary[] }>> {
  return api('GET', '/api/scripts');
}

/** A script's latest text and its versions. */
export function getScript(id: number): Promise<ApiResult<ScriptDetail>> {
  return api('GET', `/api/scripts/${id}`);
}

/** One version's text. */
export function getScriptVersion(id: number, version: number): Promise<ApiResult<{ text: string }>> {
  return api('GET', `/api/scripts/${id}/versions/${version}`);
}

/** Saves a new script (version 1). */
export function createScript(name: string, text: string): Promise<ApiResult<ScriptDetail>> {
  return api('POST', '/api/scripts', { name, text });
}

/** Saves a new version (when the text changed) and/or renames. */
export function updateScript(id: number, name: string, text: string): Promise<ApiResult<ScriptDetail>> {
  return api('PUT', `/api/scripts/${id}`, { name, text });
}
