export { projectWorkflow } from './project-workflow';
