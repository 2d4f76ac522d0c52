import { useState } from 'react';

type Item = { id: string; name: string };

export type AdminEditing<T extends Item, Notice = never> = {
  /** The item open in the form, 'new' for a blank one, null while the form is closed. */
  editing: T | 'new' | null;
  /** The name of the item saved last, until another notice replaces it. */
  savedName: string | null;
  /** A tab's own notice (one at a time, in place of the "saved" one). */
  notice: Notice | null;
  showNotice: (notice: Notice | null) => void;
  /** Opens the form on `item` (or a blank one), dropping any notice. */
  open: (item: T | 'new') => void;
  close: () => void;
  /** Closes the form, says the item was saved and reloads the list. */
  onSaved: (item: T) => void;
};

/** Which item of an admin list is being edited, and the notice shown above the list. */
export function useAdminEditing<T extends Item, Notice = never>(reload: () => void): AdminEditing<T, Notice> {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const showNotice = (next: Notice | null) => {
    setSavedName(null);
    setNotice(next);
  };
  return {
    editing,
    savedName,
    notice,
    showNotice,
    open: (item) => {
      showNotice(null);
      setEditing(item);
    },
    close: () => setEditing(null),
    onSaved: (item) => {
      setEditing(null);
      setNotice(null);
      setSavedName(item.name);
      reload();
    },
  };
}
