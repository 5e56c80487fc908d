import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { BODY_LIMIT } from '../../src/server/app.ts'
import { snapshotAll } from './helpers/records.ts'
import { personFields, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'
import { answer, answers, issue, openCampaign } from './helpers/surveys.ts'

/** Inputs the fuzzer (tests/server/fuzz.test.ts) or a review found to end in a 5xx, each pinned here. */
describe.each(BACKENDS)('values a database column cannot hold, on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  async function expectRefused(send: () => Promise<LightMyRequestResponse>, status = 400) {
    const before = await snapshotAll(ctx.server)
    const response = await send()
    expect(response.statusCode, response.body).toBe(status)
    expect(json(response).message).toMatch(/[А-Яа-я]/)
    expect(await snapshotAll(ctx.server)).toEqual(before)
  }

  it('refuses a NUL character in an address, a name or a device name, instead of failing the query', async () => {
    const curator = bearer(ctx.school.curatorToken)
    await expectRefused(() => post(ctx.server.app, '/api/devices/%00/revoke', {}, curator))
    await expectRefused(() => ctx.server.app.inject({ method: 'GET', url: `/api/surveys/campaigns/x/results?against=%00`, headers: curator }))
    await expectRefused(() => post(ctx.server.app, '/api/users', { name: 'Анна\u0000', role: 'observer', login: 'nul-test', password: 'long enough password' }, curator))
    await expectRefused(() => post(ctx.server.app, '/api/enroll', { code: 'K7RM-2XDP', deviceName: 'Телефон\u0000' }))
    const mutation = { ...upsert('people\u0000', '0190a5b2-0000-7000-8000-000000000000', personFields('Ирина')), seq: 1, at: '2024-10-05T10:00:00.000Z' }
    await expectRefused(() => post(ctx.server.app, '/api/sync/push', { protocol: PROTOCOL_VERSION, clientId: '0190a5b2-0000-7000-8000-000000000001', mutations: [mutation] }, curator))
  })

  it('answers a body over 1 MiB with 413 and the ApiError, on public and signed-in routes alike', async () => {
    const big = 'я'.repeat(BODY_LIMIT / 2 + 1)
    for (const url of ['/api/sync/push', '/api/surveys/answer', '/api/enroll', '/api/users']) {
      await expectRefused(() => post(ctx.server.app, url, { protocol: PROTOCOL_VERSION, notes: big }, bearer(ctx.school.curatorToken)), 413)
      const response = await post(ctx.server.app, url, { notes: big })
      expect(json(response)).toEqual({ error: 'too_large', message: 'Запрос слишком большой: не больше 1 МиБ', problem: 'body_too_large', params: { mib: 1 } })
    }
  })

  it('refuses a template version beyond what the answers\' column holds', async () => {
    const huge = 2 ** 31
    const { campaignId } = await openCampaign(ctx.school)
    const { codes } = await issue(ctx.server.app, ctx.school, campaignId, { count: 1 })
    await expectRefused(() => answer(ctx.server.app, { code: codes[0], templateVersion: huge, answers: answers(7) }))
    const rejected = await ctx.school.curator.push(upsert('surveyCampaigns', campaignId, { templateVersion: huge }))
    expect(rejected.results[0]).toMatchObject({ status: 'rejected', field: 'templateVersion' })
  })
})
