export { projectWorkflow } from './project-workflow';
export { creditCorrectionWorkflow } from './credit-correction-workflow';
export { performancePeriodWorkflow } from './performance-period-workflow';
export { policySimulationWorkflow } from './policy-simulation-workflow';
