import { runMain } from '@cna/kit'
import { main } from './main.js'

await runMain(() => main())
