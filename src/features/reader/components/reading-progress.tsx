import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';

/** A thin bar showing how far down the page the reader is. */
export function ReadingProgress() {
  const { t } = useTranslation();
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const max = document.documentElement.scrollHeight - window.innerHeight;
      setPercent(max > 0 ? Math.min(100, Math.round((window.scrollY / max) * 100)) : 100);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={t('reader.progress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      {/* No style attribute at 0 (the stylesheet's default), so a page pre-rendered at 0 carries
          none: the Content-Security-Policy allows no inline style attribute in HTML. */}
      <div
        className="progress-bar"
        style={percent > 0 ? { transform: `scaleX(${percent / 100})` } : undefined}
      />
    </div>
  );
}
