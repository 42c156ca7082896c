import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <h1>Nothing here</h1>
      <p>This page does not exist. <Link to="/">Back to the stories</Link>.</p>
    </>
  );
}
