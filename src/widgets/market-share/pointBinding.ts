// How a drawn data point becomes reachable: the live widget hands each chart layer a binding that
// gives the point's element its name, its place in the roving tab order and its handlers. The static
// frames pass none, so the same layers draw inert pictures.
import type { SharePoint } from './shareData.ts';

export interface PointBinding {
  /** Attributes to spread on the element standing for a point. */
  attrs(point: SharePoint): Record<string, unknown>;
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
    attrs: (point) => ({
      'data-point-id': point.id,
      role: 'img',
      'aria-label': options.summary(point),
      'aria-describedby': options.describedBy,
      tabindex: point.id === options.tabStopId ? 0 : -1,
      onfocus: () => options.activate(point),
      onpointerenter: () => options.activate(point),
      onclick: () => options.activate(point),
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
