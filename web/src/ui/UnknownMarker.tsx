// The mark for a batch whose size was not reported. Hidden from screen readers: the text beside it says so in words.
export function UnknownMarker() {
  return (
    <span className="unknown-marker" aria-hidden="true">
      ?
    </span>
  );
}
