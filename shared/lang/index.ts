// The public face of the language: what the worker, the server and the engine import.
export type { Catalog } from './catalog';
export { catalogFromManifest, versionMatches } from './catalog';
export type { CommandGroup, CommandSpec, Help, OptionSpec, SyntaxElement } from './command-kit/syntax';
export { commandList, commandSpecs, commands } from './commands/registry';
export type { CompileOptions, CompileResult } from './compile';
export { compile, MAX_SCRIPT_LENGTH } from './compile';
export { daysToIso, isoToDays } from './dates';
export { DIAGNOSTIC_LIMIT } from './diagnostic-sink';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics';
export { catalogue as diagnosticCatalogue, hasErrors } from './diagnostics';
export { functionList, functions } from './functions/registry';
export type { FunctionSpec } from './functions/spec';
export type { Plan, PlanDatastore, Step, StepKind, StepOf, TypedExpr } from './plan';
export { PlanSchema, StepSchema } from './plan';
export type { Location, Span } from './spans';
export { LineIndex, locate } from './spans';
export { statistics } from './statistics';
export type { DatasetShape, DatasetState, UnitKey, VariableState, Workspace } from './workspace';
