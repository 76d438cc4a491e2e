// Placeholder until the stage lands (being written).
import type { MountStage } from './types';
export const mountStage: MountStage = async () => ({ show() {}, destroy() {} });
