import { useState } from 'preact/hooks';
import { PLATFORMS } from '../../../lib/checks/types';
import { t } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { Section } from '../../shared/fields';
import { ItemRow } from '../items/ItemRow';
import { listedItems } from '../items/merge-lists';
import { freshId, joinHashtags } from '../lists';
import { itemLocks, lockOwner } from '../locks';
import { originOf } from '../origin';
import { emptyProfileForm, formToProfile, profileToForm, type ProfileForm } from '../profile-form';
import { useOptions, useSnapshot } from '../state';
import { HashtagsOverview } from './HashtagsOverview';
import { ProfileEditor } from './ProfileEditor';
import { PLATFORM_LABELS } from '../../panel/labels';

interface Editing {
  form: ProfileForm;
  isNew: boolean;
  readOnly: boolean;
}

export function ProfilesSection() {
  const snapshot = useSnapshot();
  const { act, packItems } = useOptions();
  const [editing, setEditing] = useState<Editing | null>(null);
  const locked = snapshot.effective.locked;
  const profiles = listedItems(snapshot.effective.profiles, snapshot.local.profiles);
  const allLocked = lockOwner(locked, 'profiles');

  const startNew = () => {
    const id = freshId('profil', new Set(profiles.map((p) => p.id)), 'profil');
    setEditing({ form: emptyProfileForm(id), isNew: true, readOnly: false });
  };

  const save = async (form: ProfileForm): Promise<FieldError[]> => {
    const converted = formToProfile(form);
    if (!converted.ok) return [];
    const result = await act('local:put', { kind: 'profiles', item: { ...converted.item } }, t('optSavedNamed', converted.item.officialName));
    if (!result.ok) return result.errors;
    setEditing(null);
    return [];
  };

  return (
    <Section name="profiles" title={t('optProfilesTitle')}>
      <p class="hint">{t('optProfilesHint')}</p>
      <div class="actions">
        <button type="button" class="primary" data-action="new-profile" disabled={allLocked !== undefined} onClick={startNew}>
          {t('optProfileAdd')}
        </button>
        {allLocked ? <p class="lock">{t('optLockedBy', allLocked)}</p> : null}
      </div>
      {!editing ? (
        <HashtagsOverview
          snapshot={snapshot}
          onEdit={(profile) => {
            const pack = originOf(snapshot, 'profiles', profile.id, packItems).kind === 'pack';
            // A pack's profile opens as a local copy only when that is allowed at all.
            const readOnly = pack && lockOwner(locked, `profiles/${profile.id}`) !== undefined;
            setEditing({ form: profileToForm(profile), isNew: false, readOnly });
          }}
        />
      ) : null}
      {editing ? (
        <ProfileEditor
          key={`${editing.form.id}-${String(editing.readOnly)}`}
          initial={editing.form}
          isNew={editing.isNew}
          readOnly={editing.readOnly}
          templates={snapshot.effective.templates}
          lockOf={itemLocks(locked, 'profiles', editing.form.id)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {profiles.length ? (
        <ul class="item-list" data-testid="profile-list">
          {profiles.map((profile) => {
            const origin = originOf(snapshot, 'profiles', profile.id, packItems);
            const defaults = (profile.defaultFor ?? []).filter((p) => PLATFORMS.includes(p));
            return (
              <ItemRow
                key={profile.id}
                noun="profile"
                id={profile.id}
                title={profile.officialName}
                origin={origin}
                lockedBy={lockOwner(locked, `profiles/${profile.id}`)}
                onEdit={() => setEditing({ form: profileToForm(profile), isNew: false, readOnly: false })}
                onView={() => setEditing({ form: profileToForm(profile), isNew: false, readOnly: true })}
                onDelete={() => void act('local:delete', { kind: 'profiles', id: profile.id }, t('optDeletedNamed', profile.officialName))}
                onRevert={() => void act('local:revert', { kind: 'profiles', id: profile.id }, t('optRevertNamed', profile.officialName))}
              >
                {defaults.length ? (
                  <p>{t('optDefaultForList', defaults.map((p) => t(PLATFORM_LABELS[p])).join(', '))}</p>
                ) : null}
                {profile.hashtags.required.length ? (
                  <p class="hashtags">
                    {t('optHashtagsRequired')}: <span>{joinHashtags(profile.hashtags.required)}</span>
                  </p>
                ) : null}
              </ItemRow>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t('optNoProfiles')}</p>
      )}
    </Section>
  );
}
