import { Navigate } from 'react-router-dom';
import { useMe } from '../auth/auth-context.tsx';

/** Vendors start at their queue; everyone else at the register. */
export function HomeRedirect() {
  const { user, abilities } = useMe();
  const isVendorHome = abilities.viewVendorQueue && (user.role === 'vendor' || !abilities.viewRegister);
  return <Navigate to={isVendorHome ? '/vendor-queue' : '/requests'} replace />;
}
