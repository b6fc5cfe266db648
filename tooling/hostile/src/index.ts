export { type CpuTimed, type CpuTimeOptions, cpuTime } from './cpuTime';
export type { ExitCodeCall, ExitCodeContract } from './ExitCodeContract';
export { failureOf } from './failureOf';
export { HOSTILE_VALUES, type HostileValue } from './HOSTILE_VALUES';
export type { HostileArgs, HostileCase, HostileCases } from './HostileCase';
export { hostileSuite } from './hostileSuite';
export { type HostileSuiteOptions, type ProbeResult, probeExport } from './probeExport';
