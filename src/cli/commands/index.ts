/**
 * Every CLI command, in the order `partnermap --help` lists them.
 * To add one: create commands/<name>.ts exporting a `Command`, import it here
 * and add it to the list.
 */
import type { Command } from '../command';
import { reportCommand } from './report';
import { analyzeCommand } from './analyze';
import { convertCommand } from './convert';
import { renderCommand } from './render';
import { suggestCommand } from './suggest';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [validateCommand, suggestCommand, renderCommand, convertCommand, analyzeCommand, reportCommand];
