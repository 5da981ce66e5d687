import { Hono } from 'hono';
import { AuditExportQuerySchema, AuditQuerySchema } from '../../shared/api/audit';
import { auditCsvLines, auditJsonLines, linesStream } from '../audit/audit-export';
import type { AppEnv } from '../http/env';
import { queryOf } from '../http/validate';
import { requirePermission } from '../middleware/require-permission';
import type { Services } from '../services';

/** `/api/admin/audit`: the operator's view of the audit log and its export. */
export function auditRoutes({ audit, clock }: Services) {
  const app = new Hono<AppEnv>();
  app.use(requirePermission('audit:read'));

  app.get('/', (c) => c.json(audit.query(queryOf(c, AuditQuerySchema))));

  app.get('/export', (c) => {
    const { format, ...filters } = queryOf(c, AuditExportQuerySchema);
    const entries = audit.iterate(filters);
    const lines = format === 'csv' ? auditCsvLines(entries) : auditJsonLines(entries);
    const stamp = new Date(clock.now()).toISOString().replaceAll(':', '-').slice(0, 19);
    return new Response(linesStream(lines), {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
        'Content-Disposition': `attachment; filename="registerlab-audit-${stamp}.${format}"`,
        'Cache-Control': 'no-store',
      },
    });
  });

  return app;
}
