// How a drawn data point becomes reachable: the live widget hands each chart layer a binding that
// gives the point's element its name, its place in the roving tab order and its handlers. The static
// frames pass none, so the same layers draw inert pictures.
import type { SharePoint } from './shareData.ts';

/** What the element standing for a point needs to be reachable (PointTarget.svelte writes it). */
export interface PointTarget {
  id: string;
  /** The point's sentence, its accessible name. */
  label: string;
  describedBy: string;
  tabindex: 0 | -1;
  activate(): void;
}

export interface PointBinding {
  target(point: SharePoint): PointTarget;
  activeId: string | null;
}

export interface PointBindingOptions {
  activeId: string | null;
  /** The one point of the view that takes Tab (roving tabindex); arrows move between the others. */
  tabStopId: string | null;
  describedBy: string;
  summary(point: SharePoint): string;
  activate(point: SharePoint): void;
}

export function pointBinding(options: PointBindingOptions): PointBinding {
  return {
    activeId: options.activeId,
    target: (point) => ({
      id: point.id,
      label: options.summary(point),
      describedBy: options.describedBy,
      tabindex: point.id === options.tabStopId ? 0 : -1,
      activate: () => options.activate(point),
    }),
  };
}

/** The point arrow keys lead to from `currentId`, or null when the key is not one we handle. */
export function movedPointId(points: readonly SharePoint[], currentId: string, key: string): string | null {
  const index = points.findIndex((point) => point.id === currentId);
  if (index < 0 || points.length === 0) return null;
  const last = points.length - 1;
  const target =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? Math.min(index + 1, last)
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? Math.max(index - 1, 0)
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : null;
  return target === null ? null : points[target]!.id;
}
