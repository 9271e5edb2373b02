import siteStylesheet from '../../src/styles/global.css?url';
import { cmsWidgets } from '../widget-names.ts';
import './admin.css';
import { loadDecap } from './decap.ts';
import { registerEditorComponents } from './editor-components.ts';
import { registerSaveHandler } from './events.ts';
import { registerHelp } from './help.ts';
import { registerPreviews } from './previews.ts';
import { CoordinatesControl } from './widgets/coordinates.ts';
import { OpeningHoursControl } from './widgets/opening-hours.ts';
import { RelationControl } from './widgets/relation.ts';
import { ReviewedControl } from './widgets/reviewed.ts';
import { TranslationControl } from './widgets/translation.ts';

/**
 * The admin at /admin/: loads Decap CMS from the site, registers Lotse's widgets, previews,
 * editor blocks and the save handler, then starts Decap, which reads /admin/config.yml.
 */
async function start(): Promise<void> {
  const intro = document.getElementById('lotse-admin');
  const cms = await loadDecap(intro?.dataset['bundle'] ?? '/admin/decap/decap-cms.js');
  cms.registerWidget(cmsWidgets.coordinates, CoordinatesControl);
  cms.registerWidget(cmsWidgets.openingHours, OpeningHoursControl);
  cms.registerWidget(cmsWidgets.relation, RelationControl);
  cms.registerWidget(cmsWidgets.reviewed, ReviewedControl);
  cms.registerWidget(cmsWidgets.translation, TranslationControl);
  registerEditorComponents(cms);
  registerPreviews(cms, [siteStylesheet]);
  registerSaveHandler(cms);
  registerHelp(cms);
  cms.init();
  if (intro) intro.hidden = true;
}

start().catch((error: unknown) => {
  const status = document.getElementById('lotse-admin-status');
  if (status) status.textContent = `Das Redaktionssystem konnte nicht starten: ${String(error)}`;
  throw error;
});
