import type { AlertContent } from '../hooks/useSubmission';

/** The NL Design System alert (role="alert") for an error that belongs to no single field. Renders nothing without an error. */
export function ErrorAlert({ content }: { content: AlertContent | string | null }) {
  if (content === null) return null;
  const { message, details: allDetails } = typeof content === 'string' ? { message: content, details: [] } : content;
  // A refusal often names the same problem as its message: say it once.
  const details = allDetails.filter((detail) => detail !== message);
  return (
    <div role="alert" tabIndex={-1} className="utrecht-alert utrecht-alert--error error-alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph error-alert__message">{message}</p>
          {details.length > 0 && (
            <ul className="error-alert__details">
              {details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
