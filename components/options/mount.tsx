import { render } from 'preact';
import { App } from './App';
import type { OptionsDeps } from './deps';
import type { RuleInfo } from './rule-settings-form';
import { registryRules } from './rules/registry';
import { createOptionsState, OptionsContext, type OptionsState } from './state';

/** Renders the options page into `root` and loads the snapshot; returns the state and a teardown. */
export function mountOptions(root: HTMLElement, deps: OptionsDeps, rules: readonly RuleInfo[] = registryRules()): { state: OptionsState; unmount(): void } {
  const state = createOptionsState(deps);
  const stop = deps.onRevision(() => void state.refresh());
  render(
    <OptionsContext.Provider value={state}>
      <App rules={rules} />
    </OptionsContext.Provider>,
    root,
  );
  void state.refresh();
  return {
    state,
    unmount: () => {
      stop();
      render(null, root);
    },
  };
}
