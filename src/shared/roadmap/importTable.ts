// --- STUB until the parser branch lands (replaced by its implementation) ---
import type { Deadline, DeadlineContext } from './deadline.ts'
export interface ImportedRoadmap {
  stages: Array<{ title: string, numberLabel: string, resources: string, deadline?: Deadline, rowNumber: number }>
  events: Array<{ stageIndex: number | null, number: string, title: string, deadline: Deadline, responsible: string, result: string, sphere: 'inside' | 'outside' | '', rowNumber: number }>
  problems: Array<{ row: number, column: string, code: string, text: string }>
  numbering: 'arabic' | 'roman' | 'block'
}
export function readRoadmapTable(_rows: string[][], _context: DeadlineContext): ImportedRoadmap {
  return { stages: [], events: [], problems: [], numbering: 'arabic' }
}
export function rowsFromPastedText(text: string): string[][] {
  return text.split('\n').map(line => line.split('\t'))
}
