import { describe, expect, it } from 'vitest'
import { approvalSigner } from '#shared/roadmap/pastedApproval'

describe('who signs a roadmap\'s «УТВЕРЖДАЮ»', () => {
  it('is the name under it, surname first, as the registry writes one (seeds 000 and 002)', () => {
    expect(approvalSigner('УТВЕРЖДАЮ\nДиректор МОБУ «СОШ №17 «Родник»\nО.В. Владимирова\n02.09.2024 г.')).toBe('Владимирова О.В.')
    expect(approvalSigner('РАССМОТРЕНО:\nна педагогическом совете\n30.08.2024 г. Протокол № 1\n\nУТВЕРЖДАЮ:\nДиректор КОГПОБУ «Омутнинский колледж педагогики, экономики и права»\nТ.В. Бальбердина\nПриказ № 21 от 30.08.2024 г.')).toBe('Бальбердина Т.В.')
    expect(approvalSigner('УТВЕРЖДАЮ\nДиректор школы ________ Петрова А. И.')).toBe('Петрова А. И.')
  })

  it('is nobody where the heading approves by a council or names no one so (seed 004\'s «СОГЛАСОВАНО»)', () => {
    expect(approvalSigner('СОГЛАСОВАНО\nпедагогическим советом\nПротокол от 31.08.2023 № 1')).toBeUndefined()
    expect(approvalSigner('УТВЕРЖДАЮ\nДиректор\n_____________')).toBeUndefined()
    expect(approvalSigner('')).toBeUndefined()
  })
})
