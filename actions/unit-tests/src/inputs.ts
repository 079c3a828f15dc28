import { readInputs, type InputSource, type InputValues } from '@cna/kit'
import { testGateInputSpecs } from '@cna/kit/test-reports'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = testGateInputSpecs({
  checkName: 'unit-tests',
  maxDuration: '5m',
  reports: '**/junit*.xml\n**/TEST-*.xml\n**/test-results/**/*.xml',
})

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
