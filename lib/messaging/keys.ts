/** Key in storage.local that changes whenever the preset does; panels and pages listen to it. */
export const PRESET_REVISION_KEY = 'presetRevision';
