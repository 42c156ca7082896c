import { Link } from 'react-router';
import { PageTitle } from '../ui/PageTitle';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Nothing here</PageTitle>
      <h1>Nothing here</h1>
      <p>This page does not exist. <Link to="/">Back to the stories</Link>.</p>
    </>
  );
}
