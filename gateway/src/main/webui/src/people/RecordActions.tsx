import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../auth/SessionContext';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Fields';
import { Problems } from '../ui/Problems';
import { fieldError } from '../graphql/errors';

const ArchiveEntity = graphql(`
  mutation ArchiveEntity($id: ID!, $version: Int!, $reason: String) {
    archiveEntity(id: $id, version: $version, reason: $reason) { id archived archiveReason version }
  }
`);

const RestoreEntity = graphql(`
  mutation RestoreEntity($id: ID!, $version: Int!) {
    restoreEntity(id: $id, version: $version) { id archived archiveReason version }
  }
`);

const DeleteEntity = graphql(`
  mutation DeleteEntity($id: ID!) {
    deleteEntity(id: $id)
  }
`);

interface Props {
  record: { id: string; name: string; version: number; archived: boolean };
  onEdit(): void;
}

/**
 * What a role may do with a record: a reporter edits it, an editor archives it (with the reason)
 * or restores it, an admin deletes it for good, once nothing names it.
 */
export function RecordActions({ record, onEdit }: Props) {
  const session = useSession();
  const navigate = useNavigate();
  const [archiving, setArchiving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reason, setReason] = useState('');
  const [archived, archive] = useMutation(ArchiveEntity);
  const [restored, restore] = useMutation(RestoreEntity);
  const [deleted, remove] = useMutation(DeleteEntity);
  if (!session.may('reporter')) return null;
  return (
    <div className="record-actions">
      <div className="actions">
        <button type="button" onClick={onEdit}>Edit the record</button>
        {session.may('editor') && (record.archived
          ? <button type="button" className="secondary" disabled={restored.fetching} onClick={() => void restore({ id: record.id, version: record.version })}>Restore</button>
          : <button type="button" className="secondary" onClick={() => setArchiving(true)}>Archive…</button>)}
        {session.may('admin') && <button type="button" className="danger" onClick={() => setDeleting(true)}>Delete for good…</button>}
      </div>
      {!archiving && <Problems error={restored.error ?? archived.error} shownAt={[]} />}
      <Dialog title={`Archive ${record.name}`} open={archiving} onClose={() => setArchiving(false)}>
        <form onSubmit={async (e) => {
          e.preventDefault();
          const result = await archive({ id: record.id, version: record.version, reason });
          if (!result.error) { setReason(''); setArchiving(false); }
        }}>
          <p>An archived record is hidden from lists and search; what names it still shows it, and an editor can restore it.</p>
          <TextField label="Reason" value={reason} onChange={setReason} required multiline error={fieldError(archived.error, 'reason')} />
          <Problems error={archived.error} shownAt={['reason']} />
          <div className="actions">
            <button type="submit" disabled={archived.fetching || !reason.trim()}>Archive</button>
            <button type="button" className="secondary" onClick={() => setArchiving(false)}>Cancel</button>
          </div>
        </form>
      </Dialog>
      <Dialog title={`Delete ${record.name} for good?`} open={deleting} onClose={() => setDeleting(false)}>
        <p>This deletes <strong>{record.name}</strong> for good. It is refused while anything (an event, a quote, a title, a delegation) still names them: archive the record instead.</p>
        <Problems error={deleted.error} />
        <div className="actions">
          <button type="button" className="danger" disabled={deleted.fetching} onClick={async () => {
            const result = await remove({ id: record.id });
            if (result.data?.deleteEntity) navigate('/people', { state: { deleted: record.name } });
          }}>Delete {record.name} for good</button>
          <button type="button" className="secondary" onClick={() => setDeleting(false)}>Cancel</button>
        </div>
      </Dialog>
    </div>
  );
}
