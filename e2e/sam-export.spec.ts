import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { chooseMenuItem, menuButton, openApp } from './scenarios-helpers';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Orders pipeline
# Keep this comment: the queue holds orders for two days
Resources:
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      MessageRetentionPeriod: 172800
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: nodejs20.x
      CodeUri: src/
      MemorySize: 512 # measured in May
      Events:
        Orders:
          Type: SQS
          Properties:
            Queue: !GetAtt OrdersQueue.Arn
  Reports:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
`;

test('a template opened, its memory changed in the inspector, exports as that template with only the memory line changed', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Scenario file to open').setInputFiles({ name: 'orders.yaml', mimeType: 'application/yaml', buffer: Buffer.from(TEMPLATE) });
  await page.getByRole('dialog', { name: 'Imported orders.yaml' }).getByRole('button', { name: 'OK' }).click();
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Orders pipeline');

  await page.getByTestId('node-Worker').click();
  const memory = page.getByRole('spinbutton', { name: 'Memory (MB)' });
  await expect(memory).toHaveValue('512');
  await memory.fill('1024');
  await memory.press('Tab');

  const download = page.waitForEvent('download');
  await chooseMenuItem(page, 'Export SAM template');
  const file = await download;
  expect(file.suggestedFilename()).toBe('orders.yaml');
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toBe(TEMPLATE.replace('      MemorySize: 512 # measured in May\n', '      MemorySize: 1024 # measured in May\n'));
  expect(text).toContain('# Keep this comment: the queue holds orders for two days\n');
  expect(text).toContain('  Reports:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n');
  expect(text).toContain('Queue: !GetAtt OrdersQueue.Arn');
  await expect(page.getByTestId('scenario-notice')).toContainText('Exported orders.yaml: the template this diagram came from, with its changes written back.');
});
