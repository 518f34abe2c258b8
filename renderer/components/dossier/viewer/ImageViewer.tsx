import { useEffect, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { ErrorAlert } from '../../ErrorAlert';

interface ImageViewerProps {
  readonly naam: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/**
 * An image from the vault, shown from memory (a blob: URL that lives only while the viewer is open; the app's
 * session is in memory, so the blob store keeps nothing on disk).
 */
export function ImageViewer({ naam, mime, bytes }: ImageViewerProps) {
  const [url, setUrl] = useState<string | null>(null);
  const [broken, setBroken] = useState(false);
  const [wareGrootte, setWareGrootte] = useState(false);

  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }));
    setUrl(objectUrl);
    setBroken(false);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes, mime]);

  if (broken) return <ErrorAlert content="Deze afbeelding is beschadigd of onleesbaar en kan niet worden getoond. Het bestand blijft bewaard; u kunt het exporteren." />;
  if (url === null) return null;
  return (
    <div className="image-viewer">
      <div className="viewer-toolbar">
        <Button appearance="secondary-action-button" aria-pressed={wareGrootte} onClick={() => setWareGrootte((value) => !value)}>
          Ware grootte
        </Button>
      </div>
      <div className="image-viewer__frame" tabIndex={0} role="region" aria-label={`Afbeelding ${naam}`}>
        <img src={url} alt={`Afbeelding uit de bijlage ${naam}`} className={wareGrootte ? 'image-viewer__image' : 'image-viewer__image image-viewer__image--fit'} onError={() => setBroken(true)} />
      </div>
    </div>
  );
}
