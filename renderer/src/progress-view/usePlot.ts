// Draws a uPlot chart into a box once the box has a width, redraws it at the box's width as the window
// resizes, and destroys it when the data or options change or the component goes.
import { useEffect, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const MIN_WIDTH = 240;

/** `makeOptions` runs in the effect (it reads the theme); keep it and `data` stable between renders. */
export function usePlot(
  box: RefObject<HTMLDivElement | null>,
  makeOptions: (() => Omit<uPlot.Options, 'width'>) | null,
  data: uPlot.AlignedData,
): void {
  useEffect(() => {
    const element = box.current;
    if (!element || makeOptions === null) return;
    const options = makeOptions();
    let plot: uPlot | null = null;
    const resize = new ResizeObserver(([entry]) => {
      const width = Math.max(MIN_WIDTH, Math.floor(entry?.contentRect.width ?? MIN_WIDTH));
      if (plot === null) plot = new uPlot({ ...options, width }, data, element);
      else plot.setSize({ width, height: options.height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot?.destroy();
    };
  }, [box, makeOptions, data]);
}
