import { STAGE_LABELS, type ChangesetStage } from "../utils/status";

export function StageTag({ stage }: { stage: ChangesetStage }) {
  return <span className={`tag stage-tag stage-tag--${stage}`}>{STAGE_LABELS[stage]}</span>;
}
