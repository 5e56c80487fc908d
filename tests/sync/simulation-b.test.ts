import { defineSimulation } from './support/defineSimulation.ts'

defineSimulation(1, 2)
