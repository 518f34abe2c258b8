import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

const kleuren = ['#00689e', '#e17000', '#39870c', '#a90061', '#5c5c5c'];

export interface ChartSeries {
  readonly label: string;
  readonly waarden: readonly number[];
}

export interface BarChartHandle {
  /** The chart as a PNG (base64, without the data: prefix), on a white background, for the .docx export. */
  png(): string | null;
}

/**
 * A bar chart drawn by Chart.js on a canvas, without animation so that what is exported is what is shown. The canvas
 * is an image with a description for screen readers; the same figures are in the table on the page.
 */
export const BarChart = forwardRef<BarChartHandle, { titel: string; labels: readonly string[]; reeksen: readonly ChartSeries[]; beschrijving: string; procent?: boolean }>(function BarChart(
  { titel, labels, reeksen, beschrijving, procent = false },
  ref,
) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [...labels], datasets: reeksen.map((reeks, index) => ({ label: reeks.label, data: [...reeks.waarden], backgroundColor: kleuren[index % kleuren.length] })) },
      options: {
        animation: false,
        responsive: true,
        plugins: { title: { display: true, text: titel }, legend: { display: reeksen.length > 1, position: 'bottom' } },
        scales: { y: { beginAtZero: true, ...(procent ? { max: 100, ticks: { callback: (value) => `${value}%` } } : { ticks: { precision: 0 } }) } },
      },
      plugins: [
        {
          id: 'witte-achtergrond',
          beforeDraw(instance) {
            const context = instance.canvas.getContext('2d');
            if (!context) return;
            context.save();
            context.globalCompositeOperation = 'destination-over';
            context.fillStyle = '#ffffff';
            context.fillRect(0, 0, instance.width, instance.height);
            context.restore();
          },
        },
      ],
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [titel, labels, reeksen, procent]);
  useImperativeHandle(ref, () => ({ png: () => chart.current?.toBase64Image('image/png', 1).replace(/^data:image\/png;base64,/, '') ?? null }), []);
  return (
    <div className="report-chart">
      <canvas ref={canvas} role="img" aria-label={`${titel}. ${beschrijving}`} />
    </div>
  );
});
