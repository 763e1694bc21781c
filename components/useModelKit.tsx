import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { ModelKit } from '../lib/guidance/model-kit';

type LoadModelKit = () => Promise<ModelKit>;

/**
 * How a page gets the classifier. The entrypoints provide the real loader (lib/guidance/page-model.ts);
 * without a provider (unit tests of components) the patterns work alone.
 */
const ModelKitLoader = createContext<LoadModelKit | undefined>(undefined);

export function ModelKitProvider(props: { load: LoadModelKit; children: ReactNode }) {
  return <ModelKitLoader.Provider value={props.load}>{props.children}</ModelKitLoader.Provider>;
}

export interface ModelKitState {
  kit: ModelKit | undefined;
  /** Still on its way: the checks made meanwhile may change once it is there. */
  loading: boolean;
}

/**
 * The classifier for a page's draft checks, once loaded (a few milliseconds after the page opens);
 * undefined until then or if it cannot load, and the patterns work alone meanwhile.
 */
export function useModelKitState(): ModelKitState {
  const load = useContext(ModelKitLoader);
  const [state, setState] = useState<ModelKitState>({ kit: undefined, loading: load !== undefined });
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (loaded) => {
        if (live) setState({ kit: loaded, loading: false });
      },
      (error: unknown) => {
        console.warn('Better Brief: reworded requests are not caught (no classifier)', error);
        if (live) setState({ kit: undefined, loading: false });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/** The classifier alone (see useModelKitState). */
export function useModelKit(): ModelKit | undefined {
  return useModelKitState().kit;
}
