import { t } from '../../../lib/i18n';
import { Section } from '../../shared/fields';
import { useSnapshot } from '../state';
import { ExportPack } from './ExportPack';
import { ImportPack } from './ImportPack';
import { PackList } from './PackList';
import { Subscribe } from './Subscribe';

export function PacksSection() {
  const snapshot = useSnapshot();
  return (
    <Section name="packs" title={t('optPacksTitle')}>
      <PackList packs={snapshot.packs} />
      <div class="grid-2 grid-2--top">
        <ImportPack />
        <Subscribe />
      </div>
      <ExportPack snapshot={snapshot} />
    </Section>
  );
}
