import { pluralize } from "@subpoena-tracker/domain";

export interface ListBatchesButtonProps {
  label: string;
  subpoenas: number;
  onClick: () => void;
}

// A table row's way to the batches behind it: the same drill-down as a click on the bar, from the keyboard.
export function ListBatchesButton({ label, subpoenas, onClick }: ListBatchesButtonProps) {
  return (
    <button
      type="button"
      className="link-button"
      aria-label={`${label}: ${pluralize(subpoenas, "subpoena")}. List the batches`}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
