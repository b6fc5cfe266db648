export { defineDocExampleTests } from './defineDocExampleTests';
export { type DocExample, extractExamples } from './extractExamples';
export { toRunnableModule } from './toRunnableModule';
