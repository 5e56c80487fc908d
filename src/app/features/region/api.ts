import type { RegionIndicators } from '#shared/api/region'
import { api } from '../../api/client.ts'
import { useSession } from '../../stores/session.ts'

/** The region's view is computed by the server from every school: it needs the network. */
export const regionApi = {
  indicators: (year: number) => api<RegionIndicators>(`/region/indicators?year=${year}`, { token: useSession().token }),
}
