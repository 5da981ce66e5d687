import * as audit from './audit';
import { HealthSchema } from './health';
import { type ApiRouteContract, ok } from './route-contract';

/** Audit log, health, this document and metrics. */
export const operationsRoutes: ApiRouteContract[] = [
  {
    method: 'get',
    path: '/api/admin/audit',
    summary: 'The audit log, newest first (operator)',
    tag: 'audit',
    auth: 'session',
    query: audit.AuditQuerySchema,
    responses: { 200: ok('One page', audit.AuditListResponseSchema) },
  },
  {
    method: 'get',
    path: '/api/admin/audit/export',
    summary: 'Export the audit log as JSON lines or CSV (operator)',
    tag: 'audit',
    auth: 'session',
    query: audit.AuditExportQuerySchema,
    responses: {
      200: {
        description: 'One AuditEntry per line (jsonl) or a CSV table, oldest first',
        contentType: 'application/x-ndjson',
      },
    },
  },

  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and readiness',
    tag: 'operations',
    auth: 'public',
    responses: { 200: ok('Healthy', HealthSchema), 503: ok('Not healthy', HealthSchema) },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    tag: 'operations',
    auth: 'public',
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  },
  {
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    tag: 'operations',
    auth: 'public',
    responses: {
      200: { description: 'Prometheus text exposition format', contentType: 'text/plain; version=0.0.4' },
    },
  },
];
