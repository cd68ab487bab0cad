import { Group, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type OnChangeFn,
  type RowData,
  type RowSelectionState,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Keep the cell on one line (amounts, dates). */
    nowrap?: boolean;
  }
}

export interface DataTableProps<T> {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  /** Names the table for assistive technology. */
  label: string;
  getRowId?: (row: T) => string;
  emptyText?: string;
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: OnChangeFn<RowSelectionState>;
  canSelect?: (row: T) => boolean;
  initialSorting?: SortingState;
  /** Row test id prefix for the browser tests. */
  testId?: string;
}

/** Tables throughout the app: TanStack Table (sorting, selection) rendered with Mantine's Table. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  // TanStack Table keeps each row's cell values for as long as the data array is the same one: when
  // the columns change (a catalogue loaded after the rows, the language switched) the rows must be
  // built again, or a cell goes on showing a program's id, or its Korean name in English.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the columns are the reason to copy
  const data = useMemo(() => props.data.slice(), [props.data, props.columns]);
  const table = useReactTable({
    data,
    columns: props.columns,
    state: { sorting, ...(props.rowSelection ? { rowSelection: props.rowSelection } : {}) },
    onSortingChange: setSorting,
    ...(props.onRowSelectionChange ? { onRowSelectionChange: props.onRowSelectionChange } : {}),
    enableRowSelection: props.canSelect
      ? (row) => props.canSelect!(row.original)
      : Boolean(props.rowSelection),
    ...(props.getRowId ? { getRowId: (row: T) => props.getRowId!(row) } : {}),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  return (
    <ScrollArea type="auto">
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={props.label}
        data-testid={props.testId}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const content = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <Table.Th
                    key={header.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {header.column.getCanSort() && !header.isPlaceholder ? (
                      <UnstyledButton onClick={header.column.getToggleSortingHandler()}>
                        <Group gap={4} wrap="nowrap">
                          <Text fw={600} size="sm">
                            {content}
                          </Text>
                          {sorted === 'asc' ? (
                            <IconArrowUp size={14} aria-hidden />
                          ) : sorted === 'desc' ? (
                            <IconArrowDown size={14} aria-hidden />
                          ) : (
                            <IconSelector size={14} aria-hidden />
                          )}
                        </Group>
                      </UnstyledButton>
                    ) : (
                      content
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={props.columns.length}>
                <Text c="dimmed" size="sm" py="sm">
                  {props.emptyText ?? t('common.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={row.id} bg={row.getIsSelected() ? 'var(--mantine-color-blue-light)' : undefined}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td
                    key={cell.id}
                    style={cell.column.columnDef.meta?.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
