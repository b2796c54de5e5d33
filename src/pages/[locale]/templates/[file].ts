/* Each working template as a static file, /<locale>/templates/<file>, made at build time (src/templates/files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/locales';
import { templates, type TemplateId } from '../../../lib/templates';
import { templateFile } from '../../../templates/files';

export const getStaticPaths = (() =>
  locales.flatMap((locale) => templates.map((t) => ({ params: { locale, file: t.file }, props: { id: t.id } })))) satisfies GetStaticPaths;

const types = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export const GET: APIRoute = async ({ params, props }) => {
  const id = (props as { id: TemplateId }).id;
  const info = templates.find((t) => t.id === id)!;
  const bytes = await templateFile(params.locale as Locale, id);
  return new Response(bytes, { headers: { 'Content-Type': types[info.format] } });
};
