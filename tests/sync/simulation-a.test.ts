import { defineSimulation } from './support/defineSimulation.ts'

defineSimulation(0, 2)
