import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import type { Logo } from '../../src/domain/brieven';
import { LabelledControl } from './LabelledControl';

const MAX_BYTES = 500_000;

function base64Van(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** Draws an SVG to a PNG of 240 pixels high: the picture Word shows where it cannot draw SVG. */
async function svgNaarPng(svg: string): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const hoogte = 240;
    const breedte = image.naturalWidth > 0 && image.naturalHeight > 0 ? Math.max(1, Math.min(4000, Math.round((image.naturalWidth / image.naturalHeight) * hoogte))) : 600;
    const canvas = document.createElement('canvas');
    canvas.width = breedte;
    canvas.height = hoogte;
    canvas.getContext('2d')?.drawImage(image, 0, 0, breedte, hoogte);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The municipality's logo for the letterhead: a PNG or an SVG (with a PNG drawn from it), shown as it will appear. */
export function LogoField({ logo, onLogoChange, error }: { logo: Logo | null; onLogoChange: (logo: Logo | null) => void; error: string | undefined }) {
  const [leesfout, setLeesfout] = useState<string | null>(null);
  async function kies(file: File | null): Promise<void> {
    setLeesfout(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setLeesfout('Het logo is te groot (hoogstens 500 kB).');
      return;
    }
    try {
      if (file.type === 'image/svg+xml' || file.name.toLowerCase().endsWith('.svg')) {
        const svg = await file.text();
        onLogoChange({ svg, png: await svgNaarPng(svg) });
      } else {
        onLogoChange({ svg: null, png: base64Van(new Uint8Array(await file.arrayBuffer())) });
      }
    } catch {
      setLeesfout('Dit bestand kan niet als logo worden gelezen. Kies een PNG- of SVG-bestand.');
    }
  }
  return (
    <div className="logo-field">
      <LabelledControl label="Logo (PNG of SVG)" error={leesfout ?? error} description="Bovenaan elke brief, hoogstens 2 cm hoog.">
        {(control) => <input {...control} type="file" className="file-input" accept=".png,.svg,image/png,image/svg+xml" onChange={(event) => void kies(event.target.files?.[0] ?? null)} />}
      </LabelledControl>
      {logo && (
        <p>
          <img className="logo-preview" src={`data:image/png;base64,${logo.png}`} alt="Het logo zoals het in de brief komt" />
          <Button appearance="subtle-button" onClick={() => onLogoChange(null)}>
            Logo verwijderen
          </Button>
        </p>
      )}
    </div>
  );
}
